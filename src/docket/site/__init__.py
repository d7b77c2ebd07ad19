"""The governance site: the whole record as static pages, open data and search."""
