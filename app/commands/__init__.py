"""The sub-commands of `thabat`, one module per concern; each has add_parsers() and COMMANDS."""
