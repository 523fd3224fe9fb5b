"""What the portal draws for paper and screens beside its pages: QR codes (``qr``)."""
