"""Progress figures computed from the review log and card states, aggregated in SQL."""

from studyapp.stats.summary import Summary, summary

__all__ = ["Summary", "summary"]
