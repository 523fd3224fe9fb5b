"""Calendar files that forums and programmes both offer, so neither imports the other."""
