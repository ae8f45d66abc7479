"""Subcommands of ``sunting``; each module has ``register(subparsers)``."""
