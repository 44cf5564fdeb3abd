-- Trigram similarity powers typo-tolerant search and OCR medicine matching.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
