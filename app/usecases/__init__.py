"""Use cases: one function per user action, each owning its unit of work.

A use case takes the open `Journal`, opens one session, validates and writes through the services in
`app/services/` (which take a session and never commit), lets the session commit, then announces
what changed on `journal.events` (`app/events.py`) and returns a frozen read model. The interface
calls these and never opens a session; a worker thread can call them unchanged.
"""
