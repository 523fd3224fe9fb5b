from django.dispatch import Signal

# Sent by the worker, inside its transaction, once a message has gone out;
# receives ``message``. Subject apps use it to record "confirmation e-mailed at".
delivered = Signal()
