"""The pure core of related appeals: text fingerprints (MinHash over word shingles, cut into
LSH bands the database can index), topic similarity, and what a later text adds to an
earlier one. No Django here."""
