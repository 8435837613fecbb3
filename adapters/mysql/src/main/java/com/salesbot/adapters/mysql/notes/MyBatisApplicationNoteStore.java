package com.salesbot.adapters.mysql.notes;

import com.salesbot.core.chat.port.ApplicationNote;
import com.salesbot.core.chat.port.ApplicationNoteStore;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;

/** R19 application notes in MySQL/H2. */
@Singleton
public class MyBatisApplicationNoteStore implements ApplicationNoteStore {
    private final ApplicationNoteMapper mapper;

    public MyBatisApplicationNoteStore(ApplicationNoteMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public void save(ApplicationNote note) {
        mapper.insert(note);
    }

    @ReadOnly
    public List<ApplicationNote> ofRep(String repId) {
        return mapper.ofRep(repId);
    }
}
