"""Forums ("Know your rights and responsibilities"): named events when the first forum page
was built; it holds forums, their co-hosting associations and registrations."""
