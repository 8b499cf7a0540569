"""Progress figures computed from the review log and card states, aggregated in SQL."""

from studyapp.stats.progress import Progress, progress
from studyapp.stats.summary import Summary, summary

__all__ = ["Progress", "Summary", "progress", "summary"]
