"""The Document requests tab: the register of requests for access to public documents (Law No. 06/L-081)."""
