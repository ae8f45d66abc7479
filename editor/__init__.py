"""Sunting: an editorial review desk for Indonesian press releases."""

__version__ = "0.1.0"
