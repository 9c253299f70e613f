"""Organisation, culture and colleagues (notebook 07): the interessentanalyse, how colleagues react (the change
curve, an ADKAR-style barometer, Kotter and Lewin), gains for whom, the communication and involvement plan with its
MED/APV/DPO checks and Excel export, and the elevator pitch.

Layers: ``model`` (pure), ``tables`` (Danish tables and the Excel export), ``charts``, ``widgets``, ``exercises``.
"""
