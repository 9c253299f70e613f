"""Kom i gang: the course map, the install check and a first small widget (notebook 00)."""
