"""Reading and writing other formats: studyapp deck files (JSON), Anki packages, CSV."""
