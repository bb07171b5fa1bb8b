"""``python -m factcheck``: the same command as ``factcheck``."""

from factcheck.cli import run

if __name__ == "__main__":
    run()
