"""Meetings, stances and designations from one document's sentences and mentions."""
