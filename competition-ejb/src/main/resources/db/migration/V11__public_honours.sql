-- When the committee made the edition's honours (outstanding organizing units and staff) public; null: not yet.
ALTER TABLE edition ADD COLUMN honours_published_at TIMESTAMP WITH TIME ZONE;
