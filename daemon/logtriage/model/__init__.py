"""The model tier: word features, encoders/ (MiniLM), the embedding batcher, the model store, train,
evaluate, evidence (informative known words), lofo (leave-one-family-out figures and operating points).

May import: records, template_key, settings, bundled, model/encoders/; never engine/, service/, llm/ or bridge/."""
