"""Every write the reputation app makes, one module per concept."""
