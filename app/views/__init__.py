"""Read models: the frozen dataclasses the use cases return and the forms hand in, one module per area.

Plain data only (no session, no ORM object, no Qt), so the interface, the exporters and the command
line can hold them on any thread.
"""
