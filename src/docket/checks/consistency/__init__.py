"""One module per consistency check; ``docket.checks.registry`` lists them."""
