"""Tyndau: citizens' appeals to state bodies of Kazakhstan."""
