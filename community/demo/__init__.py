"""The demo community: hand-written threads in each language and the code that loads them."""
