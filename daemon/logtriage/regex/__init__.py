"""The regex tier: rules and routes loaded from YAML, the required-literal prefilter, the tier itself.

May import: records, settings, bundled and the third-party `regex` package; nothing else of logtriage."""
