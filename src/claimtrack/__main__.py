"""``python -m claimtrack`` runs the command line."""

from claimtrack.cli import app

app(prog_name="claimtrack")
