"""Tracking the communication strategy's annual action plans."""
