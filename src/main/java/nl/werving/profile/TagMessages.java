package nl.werving.profile;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.werving.candidate.TagColour;

/** Texts of tags, bulk tagging and saved searches. */
@MessageBundle("tags")
public interface TagMessages {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String newTag();

    @Message
    String editTag();

    @Message
    String name();

    @Message
    String colour();

    @Message
    String colourName(TagColour colour);

    @Message
    String uses(long count);

    @Message
    String none();

    @Message
    String saved();

    @Message
    String deleted();

    @Message
    String deleteTag();

    @Message
    String deleteConfirm(long count);

    @Message
    String duplicateName();

    @Message
    String conflict();

    @Message
    String onCandidate();

    @Message
    String noTags();

    @Message
    String addLabel();

    @Message
    String addHelp();

    @Message
    String add();

    @Message
    String remove(String name);

    @Message
    String added(String name);

    @Message
    String removed();

    @Message
    String free();

    @Message
    String filterLabel();

    @Message
    String filterHelp();

    @Message
    String filterRemove(String name);

    @Message
    String select(String name);

    @Message
    String bulkButton();

    @Message
    String bulkTitle();

    @Message
    String bulkSelected(int count);

    @Message
    String bulkNone();

    @Message
    String bulkAdd();

    @Message
    String bulkRemove();

    @Message
    String bulkAction();

    @Message
    String bulkSubmit(int count);

    @Message
    String bulkAdded(String name, long count);

    @Message
    String bulkRemoved(String name, long count);

    @Message
    String savedTitle();

    @Message
    String savedIntro();

    @Message
    String savedNone();

    @Message
    String savedMine();

    @Message
    String savedShared();

    @Message
    String savedBy();

    @Message
    String saveSearch();

    @Message
    String saveName();

    @Message
    String saveShared();

    @Message
    String saveSubmit();

    @Message
    String saveDone();

    @Message
    String savedRenamed();

    @Message
    String savedDeleted();

    @Message
    String savedManage();

    @Message
    String rename();

    @Message
    String delete();

    @Message
    String sharedMark();

    @Message
    String privateMark();
}
