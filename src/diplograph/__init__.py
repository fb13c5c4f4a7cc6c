"""diplograph: a knowledge graph of diplomatic meetings, built from source texts."""

__version__ = "0.1.0"
