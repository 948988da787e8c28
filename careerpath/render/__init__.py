"""The only code that prints data: rich tables for people, JSON for scripts."""
