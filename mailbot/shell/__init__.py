"""The imperative shell: mail in, decisions carried out, mail out (see ``README.md`` here).

``inbound`` takes mail from IMAP and acts on each email once; ``decisions`` carries out what
the core decided; ``outbound`` queues and sends over SMTP. ``mail``, ``store``, ``templates``,
``files``, ``views`` and ``runtime`` serve them; ``wiring`` puts the parts together.
"""
