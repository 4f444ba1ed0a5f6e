"""The facilitator's side: the printable workshop pack and flows captured on a wall (CSV)."""
