"""Labelled training data for the default model: the generator and its templates."""
