"""More Windows servicing: DISM feature and cleanup operations, pending-operation queues, and update rollbacks.

Phrasings follow the DISM documentation and console output ("Enabling feature(s)", "The operation completed
successfully.", "Error: 0x800f0922", "The operation could not be completed because DISM is unable to find the
source files"), DISM StartComponentCleanup docs ("Image Version: 10.0...", "[==========================100.0%
==========================]"), and Windows Update troubleshooting docs for WindowsUpdate.log ("Reverting changes",
"Installation Failure: ... 0x80073712").
"""

from training.templates.families._labels import er, sn
from training.templates.families.windows_cbs import FAMILY as FAMILY

P = "none"

TEMPLATES = [
    sn(
        "cbs.dism_features",
        "dism",
        P,
        "Enabling feature(s)",
        "Disabling feature(s)",
        "Image Version: 10.0.{19045|20348|22631}.{num}",
        "Deployment Image Servicing and Management tool Version: 10.0.{19041|20348|22621}.{num}",
    ),
    er(
        "cbs.dism_feature_failed",
        "dism",
        P,
        "Error: 0x800f0922 DISM failed. No operation was performed.",
        "Error: 0x80073712 The component store has been corrupted.",
        "Error: 14098 The component store has been corrupted.",
    ),
    er(
        "cbs.wu_rollback",
        "windowsupdate",
        P,
        "{wu_ts} Handler         Reverting changes",
        "{wu_ts} Deployment      Update {{{uuid}}}.{small} rolled back with hr 0x80073712",
    ),
]
