"""emnify-async: the async-first client for the emnify IoT REST API."""
