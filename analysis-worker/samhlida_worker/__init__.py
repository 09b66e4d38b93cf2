"""Samhliða's analysis worker: GreynirEngine + BÍN (islenska) output mapped to UD features."""
