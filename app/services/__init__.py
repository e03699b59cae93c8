"""Use cases. Each function takes the caller's session and returns plain read models."""
