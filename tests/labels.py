"""The nine labels of ../shared/LABELS.md, spelled exactly so: the bundled model and rules use them."""

LABELS = (
    "HTTP Status",
    "Critical Error",
    "Error",
    "Security Alert",
    "System Notification",
    "Resource Usage",
    "User Action",
    "Workflow Error",
    "Deprecation Warning",
)
