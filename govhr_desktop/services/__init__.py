"""Use cases: one transaction each; plain arguments in, frozen dataclasses out."""
