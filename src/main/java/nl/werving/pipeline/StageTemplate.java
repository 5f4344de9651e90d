package nl.werving.pipeline;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;

/** A pipeline that new vacancies copy; admins keep it. The default one is used for every new vacancy. */
@Entity
public class StageTemplate extends PanacheEntity {

    public String name;

    @Column(name = "is_default")
    public boolean isDefault;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    public List<TemplateStage> stages = new ArrayList<>();

    @Version
    public long version;

    public static StageTemplate findDefault() {
        return find("isDefault", true).firstResult();
    }

    public static List<StageTemplate> listByName() {
        return listAll(Sort.by("name"));
    }
}
