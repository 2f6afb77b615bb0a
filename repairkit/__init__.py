"""repairkit: rebuild trust after a fight, one visible behavior at a time.

    from repairkit import Journal            # the library API: docs/library.md
"""

__version__ = "0.1.0"


def __getattr__(name: str):
    # Lazy, so `repair --help` and `import repairkit` stay instant.
    if name in ("Journal", "PlanAdded", "Logged", "PlanNotFound"):
        from repairkit.journal import api

        return getattr(api, name)
    raise AttributeError(f"module 'repairkit' has no attribute {name!r}")


__all__ = ["Journal", "Logged", "PlanAdded", "PlanNotFound", "__version__"]
