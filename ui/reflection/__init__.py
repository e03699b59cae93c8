"""The guided reflection: a page with one widget per step (feel, reply, feedback, learn, traps, contacts, close)."""
