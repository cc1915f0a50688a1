"""Where labelled records go next: one transport per protocol (Forward, OTLP), acknowledged before upstream is.

May import: the bridge's codecs/, delivery, settings, streams; never sources/."""
