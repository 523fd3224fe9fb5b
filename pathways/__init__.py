"""The way from a forum to the short course: inviting the forum participants who said
yes to being contacted, and the report of how far people come, district by district."""
