"""The model tier: word features, encoders/ (MiniLM), the embedding batcher, the model store, train, evaluate.

May import: records, template_key, model/encoders/; never engine/, service/, llm/ or bridge/."""
