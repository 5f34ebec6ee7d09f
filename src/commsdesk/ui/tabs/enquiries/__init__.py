"""The Journalists' enquiries tab: the register of the media's questions and the approved statements."""
