"""repairkit: rebuild trust after a fight, one visible behavior at a time."""

__version__ = "0.1.0"
