"""hubtools: publish fine-tuned per-person text models to the Hugging Face Hub at scale."""

__version__ = "0.1.0"
