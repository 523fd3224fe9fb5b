"""What residents send in from a page (page feedback, forum registrations, programme
applications, offers to mentor), taken the same way for all: submissions.flow."""
