-- issue 7: a supervisor may add a remark to each requirement's judgement (shown to the commission)
ALTER TABLE assessment_judgement ADD COLUMN remark VARCHAR(1000);
